/**
 * Both engine REST APIs (ours at /engine-rest and the web applications' at /camunda/api/engine, which Tasklist uses):
 * the rules on the resource method a request reached ({@code EngineRestDoors}) and the Russian answer to a failure
 * ({@code EngineRestRefusals}), registered in both Jersey applications.
 */
package ru.nastavnik.enginerest;
