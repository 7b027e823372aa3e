/**
 * What every server-rendered page shares: the sign-in page, the landing redirect by role, the
 * signed-in person in each page's header, and how dates and money read on screen.
 */
package io.junction.web.page;
