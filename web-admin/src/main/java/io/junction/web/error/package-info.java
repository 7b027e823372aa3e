/**
 * What a person or a program sees when a request fails outside its controller: problem JSON on the
 * API, a styled page with the navigation everywhere else.
 */
package io.junction.web.error;
