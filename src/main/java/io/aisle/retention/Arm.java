package io.aisle.retention;

/** The group a campaign's member was drawn into: treated customers get an offer, control customers nothing. */
public enum Arm {
    TREATMENT,
    CONTROL
}
