package org.adtrigger.trainer.evaluate;

import org.adtrigger.core.model.ModelCard;

/**
 * What a report calls the model: the method named first in the card's architecture ({@code ae-small},
 * {@code vae}, {@code pca}, {@code iforest}, {@code hbos}, {@code met}), so a baseline's report does not call
 * itself an autoencoder.
 */
public final class MethodName {

    private MethodName() {
    }

    public static String of(ModelCard card) {
        String architecture = card.architecture() == null ? "" : card.architecture().strip();
        int space = architecture.indexOf(' ');
        String name = space < 0 ? architecture : architecture.substring(0, space);
        return name.isEmpty() ? "model" : name;
    }
}
