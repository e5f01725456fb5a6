/// Module CetakPDF.
enum CetakPDFModule {}
