package org.adtrigger.trainer.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.google.protobuf.InvalidProtocolBufferException;
import org.adtrigger.trainer.arch.Architectures;
import org.adtrigger.trainer.model.AnomalyModel;
import org.adtrigger.trainer.model.Objective;
import org.adtrigger.trainer.model.ReconstructionError;
import org.adtrigger.trainer.onnx.proto.AttributeProto;
import org.adtrigger.trainer.onnx.proto.GraphProto;
import org.adtrigger.trainer.onnx.proto.ModelProto;
import org.adtrigger.trainer.onnx.proto.NodeProto;
import org.adtrigger.trainer.onnx.proto.TensorProto;
import org.adtrigger.trainer.onnx.proto.TensorShapeProto;
import org.adtrigger.trainer.preprocess.Preprocessor;
import org.adtrigger.trainer.preprocess.Scaling;
import org.junit.jupiter.api.Test;

class OnnxExporterTest {
    /** Raw width 6, cells 1 and 4 dropped. */
    private static final Preprocessor PRE = new Preprocessor(6, new int[] {0, 2, 3, 5},
            new float[] {1, 2, 3, 4}, new float[] {1, 2, 4, 8}, Scaling.STANDARD);

    private static ModelProto export(String architecture, Objective objective) throws InvalidProtocolBufferException {
        AnomalyModel model = AnomalyModel.create(Architectures.parse(architecture), PRE, objective, 1);
        return ModelProto.parseFrom(OnnxExporter.toBytes(model, "{\"card\":1}"));
    }

    @Test
    void autoencoderGraphIsScalerLayersAndScore() throws InvalidProtocolBufferException {
        ModelProto model = export("3:relu", Objective.of(ReconstructionError.MSE));
        assertThat(model.getIrVersion()).isEqualTo(8);
        assertThat(model.getOpsetImport(0).getVersion()).isEqualTo(17);
        assertThat(model.getOpsetImport(0).getDomain()).isEmpty();
        assertThat(model.getMetadataPropsList()).singleElement()
                .satisfies(e -> {
                    assertThat(e.getKey()).isEqualTo("adtrigger.model_card");
                    assertThat(e.getValue()).isEqualTo("{\"card\":1}");
                });

        GraphProto graph = model.getGraph();
        assertThat(graph.getNodeList()).extracting(NodeProto::getOpType).containsExactly(
                "Gather", "Sub", "Mul", "Gemm", "Relu", "Gemm", "Sub", "Mul", "ReduceMean", "Identity", "Identity");
        NodeProto reduce = graph.getNodeList().stream().filter(n -> n.getOpType().equals("ReduceMean")).findFirst()
                .orElseThrow();
        assertThat(reduce.getAttributeList()).extracting(AttributeProto::getName).containsExactly("axes", "keepdims");
        assertThat(reduce.getAttribute(0).getIntsList()).containsExactly(1L);
        assertThat(reduce.getAttribute(1).getI()).isZero();

        TensorProto mask = graph.getInitializerList().stream().filter(t -> t.getName().equals("kept_cells"))
                .findFirst().orElseThrow();
        assertThat(mask.getInt64DataList()).containsExactly(0L, 2L, 3L, 5L);
        TensorProto inverseScale = graph.getInitializerList().stream()
                .filter(t -> t.getName().equals("inverse_scale")).findFirst().orElseThrow();
        assertThat(inverseScale.getFloatDataList()).containsExactly(1f, 0.5f, 0.25f, 0.125f);

        assertThat(graph.getInput(0).getName()).isEqualTo("rmm");
        assertThat(graph.getInput(0).getType().getTensorType().getShape().getDimList())
                .extracting(TensorShapeProto.Dimension::getDimParam, TensorShapeProto.Dimension::getDimValue)
                .containsExactly(tuple("N", 0L), tuple("", 6L));
        assertThat(graph.getOutputList()).extracting(o -> o.getName()).containsExactly("score", "reconstruction");
    }

    @Test
    void vaeExportsTheLogVarianceHeadOnlyForAKlScore() throws InvalidProtocolBufferException {
        GraphProto plain = export("vae:5,2,5", new Objective(ReconstructionError.MAE, 1, 0)).getGraph();
        assertThat(plain.getInitializerList()).extracting(TensorProto::getName)
                .contains("mean_W").doesNotContain("logvar_W");
        assertThat(plain.getNodeList()).extracting(NodeProto::getOpType).contains("Abs").doesNotContain("Exp");

        GraphProto withKl = export("vae:5,2,5", new Objective(ReconstructionError.MAE, 1, 0.5)).getGraph();
        assertThat(withKl.getInitializerList()).extracting(TensorProto::getName).contains("mean_W", "logvar_W");
        TensorProto klFactor = withKl.getInitializerList().stream().filter(t -> t.getName().equals("kl_factor"))
                .findFirst().orElseThrow();
        assertThat(klFactor.getFloatData(0)).isEqualTo(0.5f * 2 * 0.5f);
    }
}
