/** MyBatis set-up shared by every feature: mapper scanning and the UTC time mapping. */
package io.junction.persistence;
