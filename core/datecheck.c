/* datecheck.c: whether typed text is a date (see datecheck.h). */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "datecheck.h"

static int
datecheck_digits(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

static int
datecheck_days(int year, int month)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;

	return days[month - 1] + (month == 2 && leap);
}

const char *
datecheck(const char *s, char *buf, size_t size)
{
	size_t n = strlen(s);
	int year, month, day;

	if ((n != 4 && n != 7 && n != 10) || !datecheck_digits(s, 4) ||
	    (n >= 7 && (s[4] != '-' || !datecheck_digits(s + 5, 2))) ||
	    (n == 10 && (s[7] != '-' || !datecheck_digits(s + 8, 2)))) {
		snprintf(buf, size, "'%.32s' is not a date: type YYYY-MM-DD, "
		    "YYYY-MM or YYYY", s);
		return buf;
	}
	year = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 +
	    (s[3] - '0');
	if (n == 4)
		return NULL;
	month = (s[5] - '0') * 10 + (s[6] - '0');
	if (month < 1 || month > 12) {
		snprintf(buf, size, "%s: the month is %02d, months go 01 to 12",
		    s, month);
		return buf;
	}
	if (n == 7)
		return NULL;
	day = (s[8] - '0') * 10 + (s[9] - '0');
	if (day < 1 || day > datecheck_days(year, month)) {
		snprintf(buf, size, "%s: the day is %02d, %04d-%02d has days 01 to %02d",
		    s, day, year, month, datecheck_days(year, month));
		return buf;
	}
	return NULL;
}
