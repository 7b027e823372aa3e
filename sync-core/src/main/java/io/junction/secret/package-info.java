/** Platform and carrier credentials, encrypted at rest with AES-GCM; the key never comes from the repository. */
package io.junction.secret;
