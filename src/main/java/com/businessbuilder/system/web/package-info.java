/** How the APIs answer: problem details for the caller's mistakes, pages of lists, query parameters. */
@NamedInterface("web")
package com.businessbuilder.system.web;

import org.springframework.modulith.NamedInterface;
