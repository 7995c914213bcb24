package org.summitkg.extract.entity;

/** Whether a mention names its entity ("Moreau") or describes it ("the French president"). */
public enum MentionKind { NAMED, NOMINAL }
