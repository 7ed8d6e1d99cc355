package org.myelin.etl.synthetic;

/** Region imaged by an MRI examination. */
public enum MriRegion {
    BRAIN,
    SPINE,
    BRAIN_AND_SPINE
}
