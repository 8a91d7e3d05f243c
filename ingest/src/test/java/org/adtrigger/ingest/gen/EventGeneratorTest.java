package org.adtrigger.ingest.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.adtrigger.schema.Event;
import org.adtrigger.schema.PhysObject;
import org.adtrigger.schema.TruthLabel;
import org.junit.jupiter.api.Test;

/** The generator's bookkeeping: weights, determinism, mixing, labels and the validity of every object. */
class EventGeneratorTest {

    @Test
    void weightsOfEachProcessSumToCrossSectionTimesLuminosity() {
        EventGenerator generator = EventGenerator.of("sm,zprime", 20_000, 3, 25.0);
        Map<String, Double> expected = generator.plan().stream().collect(Collectors.toMap(
                s -> s.info().sample(), s -> s.info().crossSectionPb() * 1000.0 * 25.0));
        Map<String, Double> sums = new java.util.HashMap<>();
        generator.forEachRemaining(e -> sums.merge(e.getSample(), e.getWeight(), Double::sum));

        assertThat(sums.keySet()).isEqualTo(expected.keySet());
        expected.forEach((sample, sigmaL) -> assertThat(sums.get(sample)).as(sample)
                .isCloseTo(sigmaL, within(1e-9 * sigmaL)));
        // the W → ℓν cross section: 41.28 nb × 25 fb⁻¹
        assertThat(sums.get("wjets")).isCloseTo(41_280.0 * 1000.0 * 25.0, within(1e-3));
    }

    @Test
    void theSigmaMixGivesEveryWellPopulatedSampleTheSameWeight() {
        EventGenerator generator = EventGenerator.of(ProcessCatalog.parse("sm"), 100_000, 3, 10.0, Mix.SIGMA);
        double totalSigmaL = ProcessCatalog.parse("sm").stream().mapToDouble(p -> p.info().crossSectionPb()).sum()
                * 1000.0 * 10.0;
        double commonWeight = totalSigmaL / 100_000;

        // the largest-remainder rounding moves a sample's count by less than one event: under 1 % from 100 up
        assertThat(generator.plan()).filteredOn(s -> s.events() >= 100).extracting(s -> s.info().sample())
                .contains("wjets", "zee", "zmumu", "ztautau", "singletop");
        assertThat(generator.plan()).filteredOn(s -> s.events() >= 100).allSatisfy(s ->
                assertThat(s.weight()).as(s.info().sample()).isCloseTo(commonWeight, within(0.01 * commonWeight)));
        // H → 4ℓ (6.8 fb of 45.6 nb) is far below one event in 100 000
        assertThat(generator.plan()).extracting(s -> s.info().sample()).doesNotContain("h4l");
    }

    @Test
    void sameSeedGivesIdenticalEventsAndAnotherSeedDifferentOnes() {
        List<Event> first = Generated.events("all", 3_000, 42);
        List<Event> again = Generated.events("all", 3_000, 42);
        List<Event> other = Generated.events("all", 3_000, 43);

        assertThat(again).isEqualTo(first);
        long identical = 0;
        for (int i = 0; i < first.size(); i++) {
            if (first.get(i).getObjects().equals(other.get(i).getObjects())
                    && first.get(i).getMetEt() == other.get(i).getMetEt()) {
                identical++;
            }
        }
        assertThat(identical).isZero();
    }

    @Test
    void aProcessGeneratesTheSameEventsWhateverIsGeneratedBesideIt() {
        List<Event> alone = Generated.events("zmumu", 500, 5);
        List<Event> mixed = Generated.events("ttbar,zmumu,c1n2", 3_000, 5).stream()
                .filter(e -> e.getSample().equals("zmumu")).limit(500).toList();

        assertThat(mixed).hasSize(500);
        for (int i = 0; i < 500; i++) {
            assertThat(mixed.get(i).getObjects()).isEqualTo(alone.get(i).getObjects());
            assertThat(mixed.get(i).getEventNumber()).isEqualTo(alone.get(i).getEventNumber());
        }
    }

    @Test
    void processesAreInterleavedInProportionThroughoutTheOutput() {
        EventGenerator generator = EventGenerator.of("sm", 10_000, 1, 10.0);
        Map<String, Long> planned = generator.plan().stream()
                .collect(Collectors.toMap(s -> s.info().sample(), EventGenerator.Sample::events));
        List<Event> firstTenth = Generated.events("sm", 10_000, 1).subList(0, 1_000);
        Map<String, Long> seen = firstTenth.stream().collect(Collectors.groupingBy(Event::getSample,
                Collectors.counting()));

        planned.forEach((sample, n) -> assertThat(seen.get(sample)).as(sample).isBetween(n / 10 - 1, n / 10 + 1));
    }

    @Test
    void eventNumbersAreUniqueAndTheRunIsTheSeed() {
        List<Event> events = Generated.events("all", 5_000, 77);
        Set<Long> numbers = new HashSet<>();
        events.forEach(e -> numbers.add(e.getEventNumber()));

        assertThat(numbers).hasSize(events.size());
        assertThat(events).allSatisfy(e -> assertThat(e.getRun()).isEqualTo(77L));
    }

    @Test
    void signalSamplesAreLabelledSignalAndSmOnesBackground() {
        List<Event> events = Generated.events("all", 5_000, 8);
        Set<String> bsm = ProcessCatalog.bsmBenchmarks().stream().map(p -> p.info().sample())
                .collect(Collectors.toSet());

        assertThat(events).allSatisfy(e -> assertThat(e.getLabel())
                .isEqualTo(bsm.contains(e.getSample()) ? TruthLabel.SIGNAL : TruthLabel.BACKGROUND));
        assertThat(events.stream().map(Event::getSample).distinct()).hasSize(15);
        assertThat(events).allSatisfy(e -> {
            assertThat(e.getSqrtS()).isEqualTo(13000f);
            assertThat(e.getIsData()).isFalse();
        });
    }

    @Test
    void everyObjectIsPhysical() {
        List<Event> events = Generated.events("all", 30_000, 9);

        assertThat(events).allSatisfy(e -> {
            assertThat(Float.isFinite(e.getMetEt()) && e.getMetEt() >= 0f).isTrue();
            assertThat(Math.abs(e.getMetPhi())).isLessThanOrEqualTo((float) Math.PI);
        });
        List<PhysObject> objects = events.stream().flatMap(e -> e.getObjects().stream()).toList();
        assertThat(objects).allSatisfy(o -> {
            assertThat(Float.isFinite(o.getEta()) && Float.isFinite(o.getE())).isTrue();
            assertThat(o.getPt()).isPositive().isFinite();
            assertThat((double) Math.abs(o.getPhi())).isLessThanOrEqualTo(Math.PI);
            // E ≥ |p| = pT cosh η, up to float rounding of nearly massless leptons
            assertThat((double) o.getE()).isGreaterThanOrEqualTo(o.getPt() * Math.cosh(o.getEta()) * (1 - 1e-5));
            assertThat(o.getBtag()).isBetween(0f, 1f);
            if (Generated.isLepton(o)) {
                assertThat(Math.abs(o.getCharge())).isEqualTo(1);
                assertThat(Math.abs(o.getEta())).isLessThan(2.5f);
                assertThat(o.getPt()).isGreaterThan(10f);
            } else {
                assertThat(o.getCharge()).isZero();
                assertThat(Math.abs(o.getEta())).isLessThan(4.5f);
                assertThat(o.getPt()).isGreaterThan(25f);
            }
        });
    }

    @Test
    void objectsAreSortedByTransverseMomentum() {
        assertThat(Generated.events("ttbar", 1_000, 10)).allSatisfy(e -> assertThat(e.getObjects())
                .isSortedAccordingTo((a, b) -> Float.compare(b.getPt(), a.getPt())));
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> EventGenerator.of("zee", 0, 1, 10)).hasMessageContaining("positive");
        assertThatThrownBy(() -> EventGenerator.of("zee", 10, 1, -1)).hasMessageContaining("luminosity");
        assertThatThrownBy(() -> EventGenerator.of(List.of(), 10, 1, 10)).hasMessageContaining("no process");
    }
}
