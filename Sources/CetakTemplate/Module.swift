/// Module CetakTemplate.
enum CetakTemplateModule {}
