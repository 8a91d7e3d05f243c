/** Physics shared by the trainer and the stream: kinematics, selection, RMM, statistics. */
package org.adtrigger.core;
