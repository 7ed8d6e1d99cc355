package org.myelin.cohort.check;

/** A value met while walking a definition, with its JSON path and attribute name. */
record ModelNode(String path, String attribute, Object value) {
}
