#pragma once
// libxlsxwriter (Debian libxlsxwriter-dev): writes .xlsx workbooks. Imported only by CetakWorkbook.
#include <xlsxwriter.h>
