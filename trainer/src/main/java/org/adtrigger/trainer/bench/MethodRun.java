package org.adtrigger.trainer.bench;

/**
 * How one method was trained and evaluated.
 *
 * @param method                     the {@code train --model} value
 * @param model                      the ONNX file
 * @param epochs                     epochs trained (from the model card)
 * @param trainSeconds               wall time of {@code train}, when the model was made
 * @param reusedModel                whether the model came from an earlier run with identical training arguments
 * @param evaluateSeconds            wall time of {@code evaluate}
 * @param validationBackgroundEvents background events of the validation split that the report scored
 */
record MethodRun(String method, String model, int epochs, double trainSeconds, boolean reusedModel,
                 double evaluateSeconds, long validationBackgroundEvents) {
}
