package io.junction.web.security;

/** What a user may do. Stored by name. */
public enum Role {
    /** Everything, including shops, carriers and users. */
    ADMIN,
    /** Orders: review, allocate, tracking, labels, hold, cancel; sync now. */
    CLERK,
    /** The scan-out station only. */
    PACKER
}
