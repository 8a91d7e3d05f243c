package org.adtrigger.streams.processors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.adtrigger.schema.Event;
import org.adtrigger.schema.ObjectType;
import org.adtrigger.streams.testing.TestEvents;
import org.junit.jupiter.api.Test;

/** The configurable limits at their boundaries: the limit itself is allowed, one more is not. */
class EventValidatorTest {
    private final EventValidator validator = new EventValidator(4, 100, true, 8);

    @Test
    void anEventWithExactlyMaxObjectsPassesAndOneMoreIsTooMany() {
        assertThatCode(() -> validator.check(withObjects(4))).doesNotThrowAnyException();
        assertThatThrownBy(() -> validator.check(withObjects(5)))
                .isInstanceOfSatisfying(InvalidEventException.class,
                        e -> assertThat(e.reason()).isEqualTo(DeadLetterReason.TOO_MANY_OBJECTS))
                .hasMessage("5 objects exceed max.objects = 4");
    }

    @Test
    void aRecordOfExactlyMaxRecordBytesPassesAndOneByteMoreIsOversize() {
        assertThatCode(() -> validator.checkSize(new byte[100])).doesNotThrowAnyException();
        assertThatThrownBy(() -> validator.checkSize(new byte[101]))
                .isInstanceOfSatisfying(InvalidEventException.class,
                        e -> assertThat(e.reason()).isEqualTo(DeadLetterReason.OVERSIZE))
                .hasMessage("record of 101 bytes exceeds max.record.bytes = 100");
    }

    @Test
    void aSampleNameOfExactlyMaxSampleCharsPassesAndOneCharMoreIsTooLongWithAShortMessage() {
        Event atLimit = TestEvents.data(1, 50f);
        atLimit.setSample("s".repeat(8));
        assertThatCode(() -> validator.check(atLimit)).doesNotThrowAnyException();
        Event huge = TestEvents.data(2, 50f);
        huge.setSample("s".repeat(900_000));
        assertThatThrownBy(() -> validator.check(huge))
                .isInstanceOfSatisfying(InvalidEventException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DeadLetterReason.FIELD_TOO_LONG);
                    assertThat(e.getMessage()).hasSizeLessThan(200);
                })
                .hasMessageStartingWith("sample name of 900000 chars exceeds max.sample.chars = 8");
    }

    @Test
    void aMissingMetPhiIsRefusedOnlyWhenTheModelUsesIt() {
        Event noPhi = TestEvents.data(1, 50f);
        noPhi.setMetPhi(Float.NaN);
        assertThatThrownBy(() -> validator.check(noPhi))
                .isInstanceOfSatisfying(InvalidEventException.class,
                        e -> assertThat(e.reason()).isEqualTo(DeadLetterReason.NON_FINITE))
                .hasMessageContaining("metPhi is NaN (not recorded)");
        EventValidator withoutPhi = new EventValidator(4, 100, false, 8);
        assertThatCode(() -> withoutPhi.check(noPhi)).doesNotThrowAnyException();
        Event infinitePhi = TestEvents.data(2, 50f);
        infinitePhi.setMetPhi(Float.POSITIVE_INFINITY);
        assertThatThrownBy(() -> withoutPhi.check(infinitePhi)).hasMessage("metPhi is Infinity");
    }

    @Test
    void anObjectsNonFiniteOrNegativeFieldIsNamedWithTheObjectsIndex() {
        Event nanEta = withObjects(3);
        nanEta.getObjects().get(2).setEta(Float.NaN);
        assertThatThrownBy(() -> validator.check(nanEta))
                .isInstanceOfSatisfying(InvalidEventException.class,
                        e -> assertThat(e.reason()).isEqualTo(DeadLetterReason.NON_FINITE))
                .hasMessage("objects[2].eta is NaN");
        Event negative = withObjects(2);
        negative.getObjects().get(1).setPt(-3f);
        assertThatThrownBy(() -> validator.check(negative))
                .isInstanceOfSatisfying(InvalidEventException.class,
                        e -> assertThat(e.reason()).isEqualTo(DeadLetterReason.NEGATIVE_PT))
                .hasMessage("objects[1].pt is negative: -3.0");
    }

    /** An event of one jet plus photons up to {@code n} objects. */
    private static Event withObjects(int n) {
        Event event = TestEvents.data(1, 50f);
        while (event.getObjects().size() < n) {
            event.getObjects().add(TestEvents.massless(ObjectType.PHOTON, 30f, 0f, 0f));
        }
        return event;
    }
}
