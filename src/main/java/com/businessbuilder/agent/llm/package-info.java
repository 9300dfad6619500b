/**
 * The {@code LlmProvider} port and its adapters. Pipelines use its offline-composer contract ({@code OfflineComposer},
 * {@code LlmQuestion}) to answer their agent tasks without a model.
 */
@NamedInterface("llm")
package com.businessbuilder.agent.llm;

import org.springframework.modulith.NamedInterface;
