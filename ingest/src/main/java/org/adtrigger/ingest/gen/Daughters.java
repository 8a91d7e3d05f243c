package org.adtrigger.ingest.gen;

import org.adtrigger.core.kinematics.FourVector;

/** The two products of a two-body decay, in the lab frame. */
record Daughters(FourVector first, FourVector second) {
}
