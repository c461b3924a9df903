#!/bin/sh
# SPDX-License-Identifier: ISC
# setup.sh: set kanbao up on a fresh Debian machine, then read or test.
#
#   ./setup.sh read    install what is missing, build, open the reader on the
#                      bundled sample archive
#   ./setup.sh test    install what is missing, build, run every test
#   ./setup.sh deps    only install what is missing (or print the apt-get line)
#
# Builds in ./_build so the source tree stays clean.
set -eu
cd "$(dirname "$0")"

# Debian packages: build tools, libraries, and what the tests use.
PACKAGES="build-essential autoconf automake autopoint gettext pkg-config
libncurses-dev libunistring-dev libuchardet-dev check unicode-data mandoc
tmux procps strace python3 ripgrep hyperfine time clang libclang-rt-14-dev
libxml2-dev libpoppler-glib-dev libcairo2-dev poppler-utils liblinear-dev
python3-cairo python3-gi-cairo gir1.2-pango-1.0 python3-pyphen fonts-wqy-zenhei
fonts-liberation2 fonts-noto-cjk fonts-arphic-ukai fonts-arphic-uming fonts-dejavu
debian-handbook debian-reference-en debian-reference-zh-cn debian-reference-zh-tw
manpages-zh manpages opencc libopencc-dev libopencc-data locales bash-completion
postgresql libpq-dev"

# Locales the tests read the reader in (Chinese catalogues, a GB18030
# terminal); tests that need one skip only where it cannot exist.
LOCALES="zh_CN.UTF-8:UTF-8 zh_TW.UTF-8:UTF-8 zh_CN.GB18030:GB18030"

missing_packages() {
	for p in $PACKAGES; do
		dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null |
		    grep -q 'install ok installed' || printf '%s ' "$p"
	done
}

install_deps() {
	missing=$(missing_packages)
	[ -z "$missing" ] && return 0
	if [ "$(id -u)" = 0 ]; then
		apt-get update -qq
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing
	elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
		sudo apt-get update -qq
		sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing
	else
		echo "kanbao needs these Debian packages; run as root:" >&2
		echo "  apt-get install $missing" >&2
		exit 1
	fi
}

# Generate the locales that are missing (as root, else print how).
gen_locales() {
	missing=
	for l in $LOCALES; do
		name=${l%%:*}
		norm=$(echo "$name" | sed 's/\.UTF-8$/.utf8/; s/\.GB18030$/.gb18030/')
		locale -a 2>/dev/null | grep -qix "$norm" || missing="$missing $l"
	done
	[ -z "$missing" ] && return 0
	if [ "$(id -u)" != 0 ] || ! command -v locale-gen >/dev/null 2>&1; then
		echo "the tests want these locales; as root, add them to /etc/locale.gen" >&2
		echo "and run locale-gen:$missing" >&2
		return 0
	fi
	for l in $missing; do
		line="${l%%:*} ${l#*:}"
		grep -qx "$line" /etc/locale.gen 2>/dev/null ||
		    { sed -i "s/^# *$line\$/$line/" /etc/locale.gen;
		      grep -qx "$line" /etc/locale.gen || echo "$line" >>/etc/locale.gen; }
	done
	locale-gen >/dev/null
}

build() {
	[ -x configure ] && [ configure -nt configure.ac ] && [ Makefile.in -nt Makefile.am ] ||
	    ./bootstrap
	mkdir -p _build
	cd _build
	[ -f Makefile ] || ../configure --enable-werror
	make -j"$(nproc)"
}

case "${1:-}" in
deps)
	install_deps
	gen_locales ;;
read)
	install_deps
	build
	exec ./kanbao ../sample-archive ;;
test)
	install_deps
	gen_locales
	build
	make -j"$(nproc)" check ;;
*)
	echo "usage: ./setup.sh read | test | deps" >&2
	exit 2 ;;
esac
