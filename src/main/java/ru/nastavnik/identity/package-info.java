/**
 * Who is who: the sign-in door (Spring Security), the role groups, what each may see and do (authorizations), their
 * Tasklist filters, the password policy and lockout every door shares, and the admin account guard.
 */
package ru.nastavnik.identity;
