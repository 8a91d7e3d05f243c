package org.adtrigger.core.rmm;

import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.adtrigger.core.kinematics.Kinematics;
import org.adtrigger.schema.Event;
import org.adtrigger.schema.PhysObject;

/**
 * Fills the Rapidity-Mass Matrix (RMM) of an event: the feature vector shared by trainer and stream
 * (S. Chekanov, NIM A 931 (2019) 92; Universe 7 (2021) 19). Writes {@code layout.cells()} floats row-major,
 * the whole block, zeros included.
 *
 * <h2>Objects</h2>
 * Objects of each layout type are sorted by pT, descending and stable (equal pT keeps event order), and
 * truncated at the type's maximum count; types the layout lacks are ignored. For each object, with pT, η, φ
 * and E as stored in the event:
 * <ul>
 *   <li>four-vector (pT cos φ, pT sin φ, pT sinh η, E), E as given (never recomputed from a mass);</li>
 *   <li>rapidity y = ½ ln((E + pz)/(E − pz)), the true rapidity; where smearing left E ≤ |pz| it is
 *       undefined and η is used instead;</li>
 *   <li>E_T = E·pT/|p| (ROOT's {@code Et()}).</li>
 * </ul>
 * E_T^miss below {@link RmmOptions#metThreshold()} (30 GeV by default; strictly below) counts as 0 in every
 * cell. All arithmetic is double precision; cells are stored as float.
 *
 * <h2>Cells, ADFILTER convention (default)</h2>
 * <ul>
 *   <li>{@code [0][0]}: E_T^miss / √s.</li>
 *   <li>{@code [0][i]}, first row: exact transverse mass of object i with the missing momentum,
 *       √((E_T,i + E_T^miss)² − |p_T,i + p_T^miss|²) / √s; 0 when the square is not positive; filled only
 *       when E_T^miss &gt; 0. These are the only cells that need the azimuth of E_T^miss: with
 *       {@link RmmOptions#metPhi()} false they are 0 in every event (the other cells, [0][0] included, do
 *       not change); with it true an event without φ (NaN) is refused.</li>
 *   <li>{@code [i][0]}, first column: C·(cosh(y_i) − 1).</li>
 *   <li>{@code [i][i]}, diagonal: E_T / √s for the leading object of a type; for the k-th (k ≥ 2) the
 *       imbalance (E_T,k−1 − E_T,k)/(E_T,k−1 + E_T,k), 0 when the denominator is 0.</li>
 *   <li>{@code [i][j]}, i &lt; j, upper triangle: invariant mass of the pair / √s, signed: −√(−m²) when
 *       smearing makes m² &lt; 0.</li>
 *   <li>{@code [i][j]}, i &gt; j, lower triangle: C·(cosh(Δy/2) − 1) with Δy = y_i − y_j, as the ATLAS code
 *       does; C·(cosh(Δy) − 1), as the papers write, when {@link RmmOptions#halfAngle()} is false.</li>
 *   <li>Every cell in the row or column of a missing object is 0.</li>
 * </ul>
 * The triangles hold pairs within a type and across types alike: the lower index is the row of the mass.
 *
 * <h2>Cells, THESIS convention</h2>
 * As ADFILTER, except: nothing is divided by √s ([0][0], E_T and masses in GeV); E_T means √(pT² + m²);
 * the first row holds each object's own √(pT² + m²), without MET (so it does not depend on E_T^miss); the
 * imbalance is computed on pT. First column and lower triangle are unchanged.
 *
 * <h2>Cost</h2>
 * Allocates nothing per event: all scratch is sized from the layout at construction. Hence an instance is
 * <b>not thread-safe</b>; use one per thread.
 */
public final class RmmBuilder {
    private final RmmLayout layout;
    private final RmmOptions options;
    private final boolean thesis;
    private final double energyScale;
    private final double angleFactor;
    private final PtRanking ranking;
    private final int[] present;
    private final double[] px;
    private final double[] py;
    private final double[] pz;
    private final double[] e;
    private final double[] y;
    private final double[] et;
    private final double[] balance;
    private final float[] staging;

    public RmmBuilder(RmmLayout layout, RmmOptions options) {
        this.layout = Objects.requireNonNull(layout, "layout");
        this.options = Objects.requireNonNull(options, "options");
        this.thesis = options.convention() == RmmConvention.THESIS;
        this.energyScale = thesis ? 1.0 : options.sqrtS();
        this.angleFactor = options.halfAngle() ? 0.5 : 1.0;
        this.ranking = new PtRanking(layout);
        int size = layout.size();
        present = new int[size];
        px = new double[size];
        py = new double[size];
        pz = new double[size];
        e = new double[size];
        y = new double[size];
        et = new double[size];
        balance = new double[size];
        staging = new float[layout.cells()];
    }

    public RmmLayout layout() {
        return layout;
    }

    public RmmOptions options() {
        return options;
    }

    /** Writes the matrix of {@code event} into {@code out[offset .. offset + cells)}. */
    public void build(Event event, float[] out, int offset) {
        Objects.checkFromIndexSize(offset, layout.cells(), out.length);
        fill(event, out, offset);
    }

    /**
     * Writes the matrix of {@code event} at absolute index {@code offset} of {@code out}; the buffer's
     * position and limit are left as they were, so batches can be filled slot by slot.
     */
    public void build(Event event, FloatBuffer out, int offset) {
        Objects.checkFromIndexSize(offset, layout.cells(), out.limit());
        // Direct buffers take a bulk copy far faster than thousands of single puts.
        fill(event, staging, 0);
        out.put(offset, staging, 0, staging.length);
    }

    private void fill(Event event, float[] out, int base) {
        int cells = layout.cells();
        Arrays.fill(out, base, base + cells, 0f);
        int count = collectObjects(event.getObjects());
        double met = event.getMetEt() < options.metThreshold() ? 0.0 : event.getMetEt();
        double metPhi = event.getMetPhi();
        if (options.metPhi() && Double.isNaN(metPhi) && !thesis) {
            throw new IllegalArgumentException("event " + event.getRun() + ":" + event.getEventNumber()
                    + " has no E_T^miss azimuth (metPhi NaN), which this RMM needs for its m_T cells [0][i]; "
                    + "use options without MET phi (a model trained on events without it)");
        }
        int size = layout.size();
        out[base] = (float) (met / energyScale);
        for (int a = 0; a < count; a++) {
            int i = present[a];
            int row = base + i * size;
            out[base + i] = (float) firstRow(i, met, metPhi);
            out[row] = (float) (options.c() * (Math.cosh(y[i]) - 1.0));
            out[row + i] = (float) diagonal(i);
            for (int b = a + 1; b < count; b++) {
                int j = present[b];
                double m2 = Kinematics.mass2(e[i] + e[j], px[i] + px[j], py[i] + py[j], pz[i] + pz[j]);
                out[row + j] = (float) (Kinematics.signedMass(m2) / energyScale);
                out[base + j * size + i] =
                        (float) (options.c() * (Math.cosh(angleFactor * (y[j] - y[i])) - 1.0));
            }
        }
    }

    /** Ranks the objects and loads the kinematics of the survivors; returns how many, in index order. */
    private int collectObjects(List<PhysObject> objects) {
        ranking.rank(objects);
        int count = 0;
        for (int slot = 0; slot < layout.typeCount(); slot++) {
            for (int rank = 0; rank < ranking.count(slot); rank++) {
                int i = layout.firstIndex(slot) + rank;
                load(i, objects.get(ranking.position(slot, rank)));
                present[count++] = i;
            }
        }
        return count;
    }

    private void load(int i, PhysObject object) {
        double pt = object.getPt();
        double eta = object.getEta();
        double phi = object.getPhi();
        e[i] = object.getE();
        px[i] = Kinematics.px(pt, phi);
        py[i] = Kinematics.py(pt, phi);
        pz[i] = Kinematics.pz(pt, eta);
        y[i] = Kinematics.rapidityOrEta(e[i], pz[i], eta);
        et[i] = thesis ? Kinematics.transverseMass(e[i], pz[i]) : Kinematics.et(e[i], pt, Kinematics.p(pt, eta));
        balance[i] = thesis ? pt : et[i];
    }

    private double firstRow(int i, double met, double metPhi) {
        if (thesis) {
            return et[i];
        }
        if (!options.metPhi()) {
            return 0.0;
        }
        return met > 0.0 ? Kinematics.transverseMass(et[i], px[i], py[i], met, metPhi) / energyScale : 0.0;
    }

    private double diagonal(int i) {
        if (layout.rankAt(i) == 0) {
            return et[i] / energyScale;
        }
        // Ranks of a type are contiguous, so the next-harder object of the same type sits at i − 1.
        return imbalance(balance[i - 1], balance[i]);
    }

    private static double imbalance(double harder, double softer) {
        double sum = harder + softer;
        return sum == 0.0 ? 0.0 : (harder - softer) / sum;
    }
}
