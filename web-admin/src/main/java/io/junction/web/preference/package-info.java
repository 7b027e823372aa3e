/**
 * What each person chose for the pages: the language (Chinese, the default, or English) and the
 * time zone times are shown in. The locale resolver applies it to every request, pages and API.
 */
package io.junction.web.preference;
