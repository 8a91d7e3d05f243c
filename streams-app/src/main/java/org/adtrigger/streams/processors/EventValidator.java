package org.adtrigger.streams.processors;

import java.util.List;

import org.adtrigger.schema.Event;
import org.adtrigger.schema.PhysObject;

/**
 * Input checks that keep malformed events away from the RMM and the model: a NaN would silently turn
 * into a NaN score, a negative pT into a meaningless matrix, and an enormous object list or record into
 * a stall. Each failure names the offending field.
 */
public final class EventValidator {
    private final int maxObjects;
    private final int maxRecordBytes;
    private final boolean requireMetPhi;
    private final int maxSampleChars;

    /**
     * @param requireMetPhi whether the served model uses the E_T^miss azimuth ({@code
     *                      card.features().usesMetPhi()}): then an event without it (NaN, "not recorded") is
     *                      refused; a model trained without it accepts NaN and ignores any φ
     * @param maxSampleChars longest sample name accepted: the name is a window key and is copied into every
     *                      scored event, so an unbounded one makes outputs and internal records unbounded
     */
    public EventValidator(int maxObjects, int maxRecordBytes, boolean requireMetPhi, int maxSampleChars) {
        this.maxObjects = maxObjects;
        this.maxRecordBytes = maxRecordBytes;
        this.requireMetPhi = requireMetPhi;
        this.maxSampleChars = maxSampleChars;
    }

    /** Checks the encoded size, before any decoding work is spent on the record. */
    public void checkSize(byte[] value) {
        if (value.length > maxRecordBytes) {
            throw new InvalidEventException(DeadLetterReason.OVERSIZE,
                    "record of " + value.length + " bytes exceeds max.record.bytes = " + maxRecordBytes);
        }
    }

    /** @throws InvalidEventException for the first problem found */
    public void check(Event event) {
        CharSequence sample = event.getSample();
        if (sample.length() > maxSampleChars) {
            // the message quotes only the start: a letter must stay small whatever the name
            throw new InvalidEventException(DeadLetterReason.FIELD_TOO_LONG, "sample name of " + sample.length()
                    + " chars exceeds max.sample.chars = " + maxSampleChars + " (starts '"
                    + sample.subSequence(0, Math.min(40, sample.length())) + "')");
        }
        List<PhysObject> objects = event.getObjects();
        if (objects.size() > maxObjects) {
            throw new InvalidEventException(DeadLetterReason.TOO_MANY_OBJECTS,
                    objects.size() + " objects exceed max.objects = " + maxObjects);
        }
        finite("weight", event.getWeight());
        finite("sqrtS", event.getSqrtS());
        finite("metEt", event.getMetEt());
        if (requireMetPhi && Float.isNaN(event.getMetPhi())) {
            throw new InvalidEventException(DeadLetterReason.NON_FINITE, "metPhi is NaN (not recorded), but the "
                    + "model was trained with the E_T^miss azimuth, which its m_T cells need");
        }
        if (!Float.isNaN(event.getMetPhi())) {
            finite("metPhi", event.getMetPhi());
        }
        notNegative("metEt", event.getMetEt());
        for (int i = 0; i < objects.size(); i++) {
            check(i, objects.get(i));
        }
    }

    // The field's name is put together only for a message: per object and field it was most of this check's time.
    private static void check(int i, PhysObject o) {
        finite(i, "pt", o.getPt());
        finite(i, "eta", o.getEta());
        finite(i, "phi", o.getPhi());
        finite(i, "e", o.getE());
        finite(i, "btag", o.getBtag());
        finite(i, "ptcone30", o.getPtcone30());
        finite(i, "etcone20", o.getEtcone20());
        if (o.getPt() < 0.0f) {
            notNegative("objects[" + i + "].pt", o.getPt());
        }
    }

    private static void finite(int object, String field, float value) {
        if (!Float.isFinite(value)) {
            finite("objects[" + object + "]." + field, value);
        }
    }

    private static void finite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new InvalidEventException(DeadLetterReason.NON_FINITE, field + " is " + value);
        }
    }

    private static void notNegative(String field, double value) {
        if (value < 0.0) {
            throw new InvalidEventException(DeadLetterReason.NEGATIVE_PT, field + " is negative: " + value);
        }
    }
}
