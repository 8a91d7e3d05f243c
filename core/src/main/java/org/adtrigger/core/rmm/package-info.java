/**
 * The Rapidity-Mass Matrix (RMM): layouts and their spec strings ({@link org.adtrigger.core.rmm.RmmLayout}),
 * numerical options ({@link org.adtrigger.core.rmm.RmmOptions}) and the allocation-free per-event builder
 * ({@link org.adtrigger.core.rmm.RmmBuilder}), whose javadoc defines every cell.
 */
package org.adtrigger.core.rmm;
