# SPDX-License-Identifier: ISC
# bash completion for kanbao(1): options, their arguments, paths, and the
# ids of the archive in use (-a DIR, else the bundled sample archive).

# The ids of the archive: publications and issues, and once an issue is
# typed (PUB/YYYY-MM-DD/), its pages and articles.
_kanbao_ids()
{
	local archive=$1 cur=$2 issue=
	[[ $cur == */*/* ]] && issue=$(printf '%s' "$cur" | cut -d/ -f1-2)
	kanbao ${archive:+--archive "$archive"} --list $issue 2>/dev/null | cut -f1
}

_kanbao()
{
	local cur prev words cword i archive=
	if declare -F _init_completion >/dev/null 2>&1; then
		_init_completion -s || return
	else
		cur=${COMP_WORDS[COMP_CWORD]}
		prev=${COMP_WORDS[COMP_CWORD-1]}
		words=("${COMP_WORDS[@]}")
		cword=$COMP_CWORD
	fi

	case $prev in
	--export)
		COMPREPLY=($(compgen -W 'jsonl' -- "$cur"))
		return ;;
	-e|--encoding)
		COMPREPLY=($(compgen -W 'UTF-8 GB18030 GBK GB2312 BIG5 BIG5-HKSCS
		    ISO-8859-1 WINDOWS-1252' -- "$cur"))
		return ;;
	-a|--archive|--ingest)
		COMPREPLY=($(compgen -d -- "$cur"))
		return ;;
	--export-bookmarks|--import-bookmarks)
		COMPREPLY=($(compgen -f -- "$cur"))
		return ;;
	-w|--width|-s|--search|--from|--to|--database)
		return ;;
	esac

	if [[ $cur == -* ]]; then
		COMPREPLY=($(compgen -W '--list --dump --raw --explain --width=
		    --export= --search= --literal --from= --to= --no-cache
		    --build-cache --check --bookmarks --export-bookmarks=
		    --import-bookmarks= --archive= --kiosk --linear --utf8
		    --database= --ingest=
		    --encoding= --help --version' -- "$cur"))
		[[ ${COMPREPLY-} == *= ]] && compopt -o nospace 2>/dev/null
		return
	fi

	for ((i = 1; i < cword; i++)); do
		case ${words[i]} in
		-a|--archive) archive=${words[i+1]} ;;
		--archive=*) archive=${words[i]#--archive=} ;;
		esac
	done
	COMPREPLY=($(compgen -f -- "$cur"))
	if [[ $cur != [./~]* ]]; then
		COMPREPLY+=($(compgen -W "$(_kanbao_ids "$archive" "$cur")" -- "$cur"))
	fi
} && complete -F _kanbao kanbao
