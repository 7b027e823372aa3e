/** How Junction writes its log: Spring Boot's console format, one line per message whatever it quotes. */
package io.junction.web.logging;
