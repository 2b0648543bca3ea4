/**
 * Schools and districts of one installation: each school is a Camunda tenant with its own role groups, and every
 * process instance carries its school's tenant id.
 */
package ru.nastavnik.school;
