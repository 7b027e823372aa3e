/**
 * MyBatis set-up shared by every feature: mapper scanning and the UTC time mapping.
 *
 * <p>A mapper method's parameters are known to its SQL by their Java names (the build compiles with
 * {@code -parameters}, as records' constructor mapping needs too); {@code @Param} names only a single
 * parameter, or one the SQL calls by another name.
 */
package io.junction.persistence;
