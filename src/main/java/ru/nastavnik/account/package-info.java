/** Accounts at scale: a login for a person when first needed, its invitation letter with a one-time link to set the password. */
package ru.nastavnik.account;
