/**
 * The school's mentoring programme: the roadmap process {@code MentoringProgramme}, its stages, and the rules of its forms.
 */
package ru.nastavnik.programme;
