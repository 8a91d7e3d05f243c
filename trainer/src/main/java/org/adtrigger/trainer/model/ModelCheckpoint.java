package org.adtrigger.trainer.model;

import org.adtrigger.core.io.AtomicOutput;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.adtrigger.trainer.arch.Architectures;
import org.adtrigger.trainer.preprocess.Preprocessor;
import org.adtrigger.trainer.preprocess.Scaling;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Saves a model with everything needed to continue training it: architecture, preprocessing, objective,
 * parameters and the optimizer's moment estimates. Trained further on the same batches, a resumed autoencoder
 * takes exactly the steps the saved one would (a VAE draws its sampling noise afresh from the trainer's seed).
 *
 * <p>Format (big-endian, {@link DataOutputStream}): magic, version, architecture spec string, objective,
 * preprocessor, Adam step count, then three groups (parameters, first moments, second moments), each a count
 * followed by (name, element count, floats). Reading checks every count against the shapes the architecture
 * implies, so a truncated or foreign file fails with a message instead of a huge allocation.
 */
public final class ModelCheckpoint {
    private static final int MAGIC = 0x41445443;  // "ADTC"
    private static final int VERSION = 1;

    private ModelCheckpoint() {
    }

    /** Writes atomically ({@link AtomicOutput}), so a crash never leaves half a file. */
    public static void save(AnomalyModel model, Path file) throws IOException {
        try (AtomicOutput output = AtomicOutput.create(file)) {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(output.stream()));
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeUTF(model.architecture().toSpecString());
            Objective objective = model.objective();
            out.writeUTF(objective.error().name());
            out.writeDouble(objective.beta());
            out.writeDouble(objective.scoreKlWeight());
            Preprocessor pre = model.preprocessor();
            out.writeUTF(pre.scaling().name());
            out.writeInt(pre.rawWidth());
            out.writeInt(pre.keptWidth());
            int[] cells = pre.keptCells();
            float[] offset = pre.offset();
            float[] scale = pre.scale();
            for (int k = 0; k < cells.length; k++) {
                out.writeInt(cells[k]);
                out.writeFloat(offset[k]);
                out.writeFloat(scale[k]);
            }
            AdamOptimizer adam = model.optimizer();
            out.writeInt(adam.steps());
            writeArrays(out, model.parameters());
            writeArrays(out, adam.firstMoments());
            writeArrays(out, adam.secondMoments());
            out.flush();
            output.commit();
        }
    }

    public static AnomalyModel load(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                throw new IOException(file + " is not an ADTrigger model checkpoint of version " + VERSION);
            }
            String architecture = in.readUTF();
            Objective objective = new Objective(ReconstructionError.valueOf(in.readUTF()), in.readDouble(),
                    in.readDouble());
            Scaling scaling = Scaling.valueOf(in.readUTF());
            int rawWidth = in.readInt();
            int kept = checkedCount(in.readInt(), rawWidth, "kept cells", file);
            int[] cells = new int[kept];
            float[] offset = new float[kept];
            float[] scale = new float[kept];
            for (int k = 0; k < kept; k++) {
                cells[k] = in.readInt();
                offset[k] = in.readFloat();
                scale[k] = in.readFloat();
            }
            AnomalyModel model = AnomalyModel.create(Architectures.parse(architecture),
                    new Preprocessor(rawWidth, cells, offset, scale, scaling), objective, 0);
            int steps = in.readInt();
            Map<String, INDArray> parameters = model.parameters();
            readArrays(in, parameters, file).forEach((name, value) -> parameters.get(name).assign(value));
            Map<String, INDArray> first = readArrays(in, parameters, file);
            Map<String, INDArray> second = readArrays(in, parameters, file);
            model.optimizer().resume(first, second, steps);
            return model;
        }
    }

    private static void writeArrays(DataOutputStream out, Map<String, INDArray> arrays) throws IOException {
        out.writeInt(arrays.size());
        for (Map.Entry<String, INDArray> e : arrays.entrySet()) {
            float[] values = e.getValue().dup('c').data().asFloat();
            out.writeUTF(e.getKey());
            out.writeInt(values.length);
            for (float v : values) {
                out.writeFloat(v);
            }
        }
    }

    /** Reads a group of arrays, each shaped like the parameter of the same name. */
    private static Map<String, INDArray> readArrays(DataInputStream in, Map<String, INDArray> shapes, Path file)
            throws IOException {
        int count = checkedCount(in.readInt(), shapes.size(), "arrays", file);
        Map<String, INDArray> arrays = new HashMap<>();
        for (int i = 0; i < count; i++) {
            String name = in.readUTF();
            INDArray like = shapes.get(name);
            if (like == null) {
                throw new IOException(file + ": unknown parameter '" + name + "' for this architecture");
            }
            int length = in.readInt();
            if (length != like.length()) {
                throw new IOException(file + ": parameter '" + name + "' has " + length + " values, expected "
                        + like.length() + " (shape " + Arrays.toString(like.shape()) + ")");
            }
            float[] values = new float[length];
            for (int k = 0; k < length; k++) {
                values[k] = in.readFloat();
            }
            arrays.put(name, Nd4j.create(values, like.shape(), 'c'));
        }
        return arrays;
    }

    private static int checkedCount(int count, int max, String what, Path file) throws IOException {
        if (count < 0 || count > max) {
            throw new IOException(file + ": " + count + " " + what + " is outside 0.." + max);
        }
        return count;
    }
}
