package io.github.camelpalomma;

/** The sub-path of a merchant account's payin settlements: the two spellings of Palomma's docs. */
public enum SettlementsPath {
    /** As in Palomma's later docs. */
    settlements,
    /** As in Palomma's earlier docs. */
    payinSettlements
}
