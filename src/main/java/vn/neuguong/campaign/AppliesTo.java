package vn.neuguong.campaign;

/** Which organizations of a targeted subtree owe a requirement: those of one kind, or all but departments. */
public enum AppliesTo {
    COMMITTEE,
    GRASSROOTS_COMMITTEE,
    CELL,
    ALL
}
