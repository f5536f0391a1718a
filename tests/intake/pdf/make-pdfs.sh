#!/bin/sh
# make-pdfs.sh: typeset the real orders of this directory into PDFs as CM/ECF
# serves them (a stamp at the top of every page, a page number at the
# bottom), and scan one to an image-only PDF, with Debian's tools (groff,
# ghostscript, poppler-utils, img2pdf). The PDFs are committed; run this
# again only to change them.
#   butler-35.ms      examples/butler-v-hernandez-2017-05-19.txt (the seed order, S.D. Tex.,
#                     D.E. 35, entered 2017-05-19), its caption from that file's header
#   (butler-35-pleading.pdf: its lines numbered; butler-35-scan*.pdf: scanned)
#   whitney-42.ms     tests/orders/134.txt (M.D. Fla., Doc. 42, filed 2005-03-17): a
#                     schedule set as a table
# usage: tests/intake/pdf/make-pdfs.sh
set -eu
cd "$(dirname "$0")"
for o in butler-35 whitney-42; do
	groff -Kutf8 -ms -t -Tpdf -P-pletter "$o.ms" > "$o.pdf"
done
# pleading paper: the same order with its lines numbered 1 to 28 on each page
groff -Kutf8 -ms -t -Tpdf -P-pletter -dpleading=1 butler-35.ms > butler-35-pleading.pdf
# the scan: each page as a grey image at 200 dpi, no text layer; and two poor
# scans, at 60 and 55 dpi, which OCR reads with low confidence (at 55 dpi it
# misreads words: "respond to Plains discovery requests wilhin ...")
tmp=$(mktemp -d)
for dpi in 200 60 55; do
	pdftoppm -r $dpi -gray -png butler-35.pdf "$tmp/page$dpi"
done
img2pdf --output butler-35-scan.pdf "$tmp"/page200-*.png
img2pdf --output butler-35-scan-60dpi.pdf "$tmp"/page60-*.png
img2pdf --output butler-35-scan-55dpi.pdf "$tmp"/page55-*.png
rm -rf "$tmp"
