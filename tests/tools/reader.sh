# Sourced by load.sh and allocations.sh: a reader as a person makes one. They register through the form (its own
# antiforgery token and cookie) and mark one section of $lesson read through that section's form.
#
# Usage: sign_in_reader BASE_URL COOKIE_JAR   (sets $lesson and $cookie, a Cookie header value for wrk and curl)
lesson=barnets-behov-av-narhet

sign_in_reader() {
    local base=$1 jar=$2 register_token code lesson_page section
    token() { grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed -n 1p | sed 's/.*value="//; s/"$//'; }
    register_token=$(curl -fs -c "$jar" -b "$jar" "$base/konto/ny" | token)
    code=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" "$base/konto/ny" \
        --data-urlencode "Input.Email=reader-$(date +%s%N)@example.se" --data-urlencode "Input.Password=en lång och trygg mening" \
        --data-urlencode "Input.ConfirmPassword=en lång och trygg mening" --data-urlencode "__RequestVerificationToken=$register_token")
    [ "$code" = 302 ] || { echo "registering answered $code" >&2; exit 1; }
    lesson_page=$(curl -fs -c "$jar" -b "$jar" "$base/lektion/$lesson")
    section=$(grep -o 'name="sectionId" value="[^"]*"' <<<"$lesson_page" | sed -n 1p | sed 's/.*value="//; s/"$//')
    code=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" "$base/min-lasning/markera?handler=Section" \
        --data-urlencode "lessonId=$lesson" --data-urlencode "sectionId=$section" \
        --data-urlencode "__RequestVerificationToken=$(token <<<"$lesson_page")")
    [ "$code" = 302 ] || { echo "marking a section answered $code" >&2; exit 1; }
    cookie=$(awk '!/^#/ || /^#HttpOnly_/ { if (NF >= 7) printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }' "$jar")
}
