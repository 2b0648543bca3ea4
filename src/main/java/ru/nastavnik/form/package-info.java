/**
 * Server-side checks of submitted Camunda Forms: the form file's own constraints, then the domain rules of each form.
 */
package ru.nastavnik.form;
