package org.adtrigger.scoring.onnx;

import java.nio.file.Path;
import java.util.Map;

import org.adtrigger.core.model.ModelCard;
import org.adtrigger.core.model.ModelCardJson;

/** ONNX files for tests in any package: small autoencoders with their card embedded. */
public final class TestModelFiles {
    /** Layout of the small test models: one object type, two objects, 3 × 3 = 9 cells. */
    public static final String SMALL_LAYOUT = "T1N2";

    private TestModelFiles() {
    }

    /** A 9-wide model that matches its card. */
    public static Path servable(Path dir) {
        return write(dir.resolve("servable.onnx"), TestAutoencoder.random(9, 3, 1), SMALL_LAYOUT, false);
    }

    /** A 10-wide graph whose card describes 9 cells. */
    public static Path wrongWidth(Path dir) {
        return write(dir.resolve("wrong-width.onnx"), TestAutoencoder.random(10, 3, 1), SMALL_LAYOUT, false);
    }

    static Path write(Path file, TestAutoencoder ae, String layout, boolean scoreAsColumn) {
        String card = ModelCardJson.toJson(TestModelCards.card(layout, TestAutoencoder.SCORE));
        ae.write(file, Map.of(ModelCard.ONNX_METADATA_KEY, card), scoreAsColumn);
        return file;
    }
}
