package org.adtrigger.trainer.arch;

/**
 * One fully connected layer y = activation(x·W + b) with W of shape [inputs, outputs]. The name is unique in a
 * network and names the layer's variables in SameDiff and its initializers in ONNX.
 */
public record DenseLayer(String name, int inputs, int outputs, Activation activation) {
    public DenseLayer {
        if (inputs <= 0 || outputs <= 0) {
            throw new IllegalArgumentException("layer " + name + " needs positive widths, got "
                    + inputs + "→" + outputs);
        }
    }

    public String weightName() {
        return name + "_W";
    }

    public String biasName() {
        return name + "_b";
    }
}
