package org.adtrigger.trainer.arch;

/** Whether the network is a plain autoencoder or a variational one. */
public enum ModelKind {
    AUTOENCODER,
    VARIATIONAL
}
