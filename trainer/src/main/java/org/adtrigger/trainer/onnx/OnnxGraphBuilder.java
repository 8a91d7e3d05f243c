package org.adtrigger.trainer.onnx;

import com.google.protobuf.ByteString;
import java.util.List;
import java.util.Locale;
import org.adtrigger.trainer.onnx.proto.AttributeProto;
import org.adtrigger.trainer.onnx.proto.GraphProto;
import org.adtrigger.trainer.onnx.proto.NodeProto;
import org.adtrigger.trainer.onnx.proto.TensorProto;
import org.adtrigger.trainer.onnx.proto.TensorShapeProto;
import org.adtrigger.trainer.onnx.proto.TypeProto;
import org.adtrigger.trainer.onnx.proto.ValueInfoProto;

/**
 * Accumulates the nodes and initializers of an ONNX graph. Node outputs get generated names
 * ({@code <op>_<n>}), so callers only track the names returned to them.
 */
final class OnnxGraphBuilder {
    /** Name of the dynamic batch dimension. */
    static final String BATCH_DIM = "N";

    private final GraphProto.Builder graph = GraphProto.newBuilder();
    private int counter;

    /** Adds a node with one output and returns the output's name. */
    String node(String op, List<String> inputs, AttributeProto... attributes) {
        return node("", op, inputs, attributes);
    }

    /** Adds a node of an operator domain ("" is the default one, e.g. "ai.onnx.ml") and returns its output. */
    String node(String domain, String op, List<String> inputs, AttributeProto... attributes) {
        String output = op.toLowerCase(Locale.ROOT) + "_" + counter++;
        graph.addNode(NodeProto.newBuilder()
                .setDomain(domain)
                .setOpType(op)
                .setName(output)
                .addAllInput(inputs)
                .addOutput(output)
                .addAllAttribute(List.of(attributes)));
        return output;
    }

    /** Gives a computed value a fixed name (for graph outputs). */
    void rename(String value, String name) {
        graph.addNode(NodeProto.newBuilder().setOpType("Identity").setName(name).addInput(value).addOutput(name));
    }

    String floats(String name, long[] dims, float[] values) {
        TensorProto.Builder t = TensorProto.newBuilder().setName(name).setDataType(TensorProto.DataType.FLOAT_VALUE);
        for (long d : dims) {
            t.addDims(d);
        }
        for (float v : values) {
            t.addFloatData(v);
        }
        graph.addInitializer(t);
        return name;
    }

    String scalar(String name, float value) {
        return floats(name, new long[0], new float[] {value});
    }

    String int64s(String name, long[] values) {
        TensorProto.Builder t = TensorProto.newBuilder().setName(name).setDataType(TensorProto.DataType.INT64_VALUE)
                .addDims(values.length);
        for (long v : values) {
            t.addInt64Data(v);
        }
        graph.addInitializer(t);
        return name;
    }

    static AttributeProto intAttribute(String name, long value) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INT).setI(value).build();
    }

    static AttributeProto floatAttribute(String name, float value) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.FLOAT).setF(value)
                .build();
    }

    static AttributeProto stringAttribute(String name, String value) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.STRING)
                .setS(ByteString.copyFromUtf8(value)).build();
    }

    static AttributeProto stringsAttribute(String name, List<String> values) {
        AttributeProto.Builder a = AttributeProto.newBuilder().setName(name)
                .setType(AttributeProto.AttributeType.STRINGS);
        values.forEach(v -> a.addStrings(ByteString.copyFromUtf8(v)));
        return a.build();
    }

    static AttributeProto floatsAttribute(String name, float[] values) {
        AttributeProto.Builder a = AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.FLOATS);
        for (float v : values) {
            a.addFloats(v);
        }
        return a.build();
    }

    static AttributeProto intsAttribute(String name, long... values) {
        AttributeProto.Builder a = AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INTS);
        for (long v : values) {
            a.addInts(v);
        }
        return a.build();
    }

    /**
     * Declares a float graph input or output whose first dimension is the dynamic batch dimension.
     *
     * @param fixedDims the dimensions after the batch dimension
     */
    static ValueInfoProto batchedFloat(String name, long... fixedDims) {
        TensorShapeProto.Builder shape = TensorShapeProto.newBuilder()
                .addDim(TensorShapeProto.Dimension.newBuilder().setDimParam(BATCH_DIM));
        for (long d : fixedDims) {
            shape.addDim(TensorShapeProto.Dimension.newBuilder().setDimValue(d));
        }
        return ValueInfoProto.newBuilder().setName(name)
                .setType(TypeProto.newBuilder().setTensorType(TypeProto.Tensor.newBuilder()
                        .setElemType(TensorProto.DataType.FLOAT_VALUE).setShape(shape)))
                .build();
    }

    GraphProto build(String name, List<ValueInfoProto> inputs, List<ValueInfoProto> outputs) {
        return graph.clone().setName(name).addAllInput(inputs).addAllOutput(outputs).build();
    }
}
