/** Files made once (samples, trained models) and reused while the parameters they were made with stay the same. */
package org.adtrigger.trainer.cache;
