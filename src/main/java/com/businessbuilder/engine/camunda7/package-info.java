/**
 * The Camunda 7 adapter of the engine port: the embedded engine's runs, gates and decision history, the read model
 * kept from its history events, the models' deployment, and its identity and webapps. With the worker's Camunda 7
 * part, the only code that knows Camunda.
 */
package com.businessbuilder.engine.camunda7;
