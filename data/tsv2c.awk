# tsv2c.awk: turn a data/*.tsv table into a C array of strings, so the built
# binary carries its tables and needs no data path.
# usage: awk -v name=NAME -v cols=N -f tsv2c.awk FILE.tsv > FILE.c
# Comment lines (#) and blank lines are skipped; a row with the wrong number
# of columns stops the build with the file and line.
BEGIN { FS = "\t"; rows = 0 }
/^#/ || /^[ \t]*$/ { next }
{
	if (NF != cols) {
		printf "%s:%d: expected %d tab-separated columns, found %d\n", FILENAME, FNR, cols, NF > "/dev/stderr"
		exit 1
	}
	line = "\t{"
	for (i = 1; i <= NF; i++) {
		v = $i
		gsub(/\\/, "\\\\", v)
		gsub(/"/, "\\\"", v)
		line = line (i > 1 ? ", " : "") "\"" v "\""
	}
	out[rows++] = line "},"
}
END {
	print "/* Generated from " FILENAME " by data/tsv2c.awk: do not edit. */"
	print "#include <stddef.h>"
	printf "extern const char *const %s_table[][%d];\nextern const size_t %s_rows;\n", name, cols, name
	printf "const char *const %s_table[][%d] = {\n", name, cols
	for (i = 0; i < rows; i++)
		print out[i]
	if (rows == 0)
		print "\t{NULL},"
	print "};"
	printf "const size_t %s_rows = %d;\n", name, rows
}
