package org.amparo.hotline.domain;

/** How local law enforcement took part in an enforcement activity (DOMAIN.md section 6). */
public enum LocalParticipation {
    SUPPORTED_ICE_RAID,
    RAN_CHECKPOINT,
    CALLED_ICE_TO_TRAFFIC_STOP,
    HELD_SOMEONE_FOR_ICE
}
