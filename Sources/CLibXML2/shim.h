#pragma once
// libxml2 pulls in the system ICU headers when built with ICU; they clash with the ICU copy
// inside Swift's Foundation. cetak never touches ICU converters, so hide them.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/relaxng.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlmemory.h>

static inline void cetak_xml_free(void *p) { xmlFree(p); }
