/**
 * Users and their shop grants: the admin's page and API to add users, set their role and the shops
 * they work on, reset passwords, disable and enable them; and the first admin of a production
 * installation, made once from the environment.
 */
package io.junction.web.user;
