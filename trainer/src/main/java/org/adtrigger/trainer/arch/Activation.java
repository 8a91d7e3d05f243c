package org.adtrigger.trainer.arch;

import java.util.Locale;

/**
 * Element-wise activation of a dense layer. The constants of the parametrised ones are fixed here so that the
 * SameDiff graph and the exported ONNX graph cannot disagree.
 */
public enum Activation {
    RELU,
    TANH,
    SIGMOID,
    /** max(x, 0.01·x). */
    LEAKYRELU,
    LINEAR,
    /** x for x &gt; 0, exp(x) − 1 otherwise (α = 1). */
    ELU;

    /** Negative-side slope of {@link #LEAKYRELU}. */
    public static final double LEAKY_RELU_ALPHA = 0.01;
    /** Scale of the negative side of {@link #ELU}; SameDiff's elu has α fixed at 1. */
    public static final double ELU_ALPHA = 1.0;

    /** The lower-case name used in layer-spec strings. */
    public String specName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a spec name such as {@code relu} or {@code leakyrelu}, case-insensitively. */
    public static Activation parse(String name) {
        String key = name.trim().toUpperCase(Locale.ROOT);
        for (Activation a : values()) {
            if (a.name().equals(key)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown activation '" + name + "'; expected one of "
                + "relu, tanh, sigmoid, leakyrelu, linear, elu");
    }
}
